namespace DoubleRandom.Application.Identity;

/// <summary>A slow, salted key-derivation hash (PBKDF2, as ASP.NET Core Identity's hasher).</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);
}
