using System.Security.Cryptography;

namespace DoubleRandom.Infrastructure;

/// <summary>
/// Keys given in configuration as base64 (<c>Auth:SigningKey</c>, <c>Draws:SecretKey</c>), and the generated key file
/// the embedded run keeps in its data folder when none is configured.
/// </summary>
public static class KeyMaterial
{
    public const int GeneratedBytes = 32;

    /// <summary>The bytes of a configured key; null when none is configured or the text is not base64.</summary>
    public static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>Whether a key is either not configured or base64 of a length <paramref name="isLength"/> accepts.</summary>
    public static bool IsAbsentOrValid(string? base64, Func<int, bool> isLength) =>
        string.IsNullOrEmpty(base64) || Decode(base64) is { } bytes && isLength(bytes.Length);

    /// <summary>
    /// The key in <paramref name="path"/>, generated (32 random bytes, base64) when the file does not exist yet. Written
    /// aside and moved in, so a second process starting at the same moment never reads half a key.
    /// </summary>
    public static byte[] ReadOrCreateFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var temporary = $"{path}.{Guid.NewGuid():N}";
            File.WriteAllText(temporary, Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedBytes)));
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temporary);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
