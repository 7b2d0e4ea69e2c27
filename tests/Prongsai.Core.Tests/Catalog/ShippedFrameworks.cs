namespace Prongsai.Tests.Catalog;

/// <summary>The framework files as shipped in the source tree, for tests that copy and change one.</summary>
static class ShippedFrameworks
{
    static string PathOf(int year) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Prongsai.Core", "Catalog", "Frameworks", $"ita-{year}.json");

    public static string TextOf(int year) => File.ReadAllText(PathOf(year));
}
