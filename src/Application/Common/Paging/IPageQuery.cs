namespace DoubleRandom.Application.Common.Paging;

/// <summary>Paging and sorting parameters shared by every list query.</summary>
public interface IPageQuery
{
    int Page { get; }

    int PageSize { get; }

    /// <summary>A field name, optionally prefixed with <c>-</c> for descending order.</summary>
    string? Sort { get; }
}
