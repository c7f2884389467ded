namespace DoubleRandom.Application.Draws;

/// <summary>Keeps the draw secret s encrypted at rest; only execution and reveal decrypt it.</summary>
public interface IDrawSecretProtector
{
    byte[] Protect(ReadOnlySpan<byte> secret, Guid drawId);

    byte[] Unprotect(byte[] protectedSecret, Guid drawId);
}
