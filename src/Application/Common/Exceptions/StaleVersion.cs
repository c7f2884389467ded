using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Common.Exceptions;

public static class StaleVersion
{
    /// <summary>A client that read version N may only write over version N; anything else lost an update.</summary>
    public static void ThrowIfStale(int? expected, int actual)
    {
        if (expected is { } v && v != actual)
        {
            throw new ConflictException(
                "stale-version",
                Text.Of($"记录已被他人修改（当前版本 {actual}，请求版本 {v}），请刷新后重试",
                    $"The record was changed by someone else (current version {actual}, request version {v}); reload and retry."),
                "version");
        }
    }
}
