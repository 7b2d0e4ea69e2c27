using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Prongsai.Shared;

/// <summary>
/// "หน้า ๒/๕" with links to the page before and after, as _Pager.cshtml draws it.
/// <paramref name="Link"/> gives the address of a page number (1-based).
/// </summary>
public sealed record Pager(int PageNumber, int PageCount, Func<int, string> Link,
    string Previous = "← ก่อนหน้า", string Next = "ถัดไป →", string? PreviousEnglish = null, string? NextEnglish = null)
{
    /// <summary>How many pages <paramref name="count"/> items make, never fewer than one.</summary>
    public static int Count(int count, int pageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);

    /// <summary><paramref name="path"/> with the non-empty parameters, and page only past the first.</summary>
    public static string Address(string path, IEnumerable<KeyValuePair<string, string?>> query, int page) =>
        QueryHelpers.AddQueryString(path, query
            .Append(new("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null))
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
