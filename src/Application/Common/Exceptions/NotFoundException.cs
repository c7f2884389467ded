using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, object key)
        : base(Text.Of($"未找到{resource}：{key}", $"{resource} '{key}' was not found."))
    {
        Resource = resource;
        Key = key.ToString() ?? string.Empty;
    }

    public NotFoundException()
        : this("resource", "?")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
        Resource = "resource";
        Key = string.Empty;
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Resource = "resource";
        Key = string.Empty;
    }

    public string Resource { get; }

    public string Key { get; }
}
