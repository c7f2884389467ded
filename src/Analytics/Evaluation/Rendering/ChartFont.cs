using ScottPlot;
using SkiaSharp;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// ScottPlot resolves fonts through process-wide state (its resolver list and a typeface cache keyed by name), which is
/// not safe to share between renderings that need different faces. Every chart is therefore drawn inside
/// <see cref="Use"/>: one rendering at a time, the face of that rendering answered for <see cref="Name"/>, and the cache
/// entry for the name evicted before and after so the next rendering cannot see a stale (or disposed) subset.
/// </summary>
internal static class ChartFont
{
    /// <summary>The font name every report chart asks ScottPlot for.</summary>
    public const string Name = "DoubleRandom Report CJK";

    private static readonly Lock Gate = new();
    private static readonly ChartFontResolver Resolver = new();
    private static bool _registered;

    /// <summary>Runs <paramref name="draw"/> with ScottPlot resolving <see cref="Name"/> to <paramref name="typeface"/>.</summary>
    public static T Use<T>(SKTypeface typeface, Func<T> draw)
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Fonts.FontResolvers.Insert(0, Resolver);
                _registered = true;
            }

            Resolver.Current = typeface;
            Evict();
            try
            {
                return draw();
            }
            finally
            {
                Evict();
                Resolver.Current = null;
            }
        }
    }

    /// <summary>Removes <see cref="Name"/>'s typefaces from ScottPlot's private cache (it keys typefaces by name for the process).</summary>
    private static void Evict()
    {
        var field = typeof(Fonts).GetField("TypefaceCache", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            ?? throw new InvalidOperationException("ScottPlot's typeface cache was not found: check ChartFont after a ScottPlot upgrade.");
        var cache = (System.Collections.Concurrent.ConcurrentDictionary<(string, FontWeight, FontSlant, FontSpacing), SKTypeface>)field.GetValue(null)!;
        foreach (var key in cache.Keys.Where(k => k.Item1 == Name).ToList())
        {
            cache.TryRemove(key, out _);
        }
    }
}
