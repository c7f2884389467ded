using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws;

/// <summary>Publishes s (§10): from then on the bundle and the drawn names are public.</summary>
public sealed class DrawRevealer(IDrawSecretProtector protector, TimeProvider clock)
{
    public void Reveal(Draw draw)
    {
        var secret = protector.Unprotect(draw.EncryptedSecret, draw.Id);
        draw.Reveal(Dr1Hashes.Hex(secret), clock.GetUtcNow().UtcDateTime);
    }
}
