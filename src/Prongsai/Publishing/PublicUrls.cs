using Prongsai.Documents;

namespace Prongsai.Publishing;

/// <summary>
/// The one place that spells the permanent public addresses: they are typed into ITAS and must never change shape.
/// Slugs are [a-z0-9-] (AgencyValidation), so they need no escaping.
/// </summary>
public static class PublicUrls
{
    public static string Agency(string slug) => $"/p/{slug}";

    public static string KindSegment(DocumentKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The latest version: /p/SLUG/2566/progress.</summary>
    public static string Latest(string slug, int fiscalYear, DocumentKind kind) => $"/p/{slug}/{fiscalYear}/{KindSegment(kind)}";

    /// <summary>One version forever: /p/SLUG/2566/progress/v2.</summary>
    public static string Version(string slug, int fiscalYear, DocumentKind kind, int number) => $"{Latest(slug, fiscalYear, kind)}/v{number}";

    /// <summary>The latest version in one format: /p/SLUG/2566/progress.pdf.</summary>
    public static string LatestFile(string slug, int fiscalYear, DocumentKind kind, string format) => $"{Latest(slug, fiscalYear, kind)}.{format}";
}
