using System.Linq.Expressions;

namespace DoubleRandom.Application.Common.Paging;

/// <summary>
/// A list's sortable fields and the key each orders by, with the field used when the query names none; the query's
/// <see cref="IPageQuery.Sort"/> picks the key and the direction (a leading <c>-</c>: descending).
/// </summary>
public sealed class SortKeys<T>(string defaultField)
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _fields = [];

    /// <summary>The sortable fields in the order they were added: what the validator accepts and its 400 lists.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Adds a field and the key it orders by.</summary>
    public SortKeys<T> Add<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _keys.Add(field, (query, descending) => query.OrderBy(key, descending));
        _fields.Add(field);
        return this;
    }

    /// <summary>Orders by the field the page query names (an unknown one: the default field).</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> query, IPageQuery page) =>
        (_keys.TryGetValue(page.SortField(defaultField), out var order) ? order : _keys[defaultField])(query, page.IsDescending());
}
