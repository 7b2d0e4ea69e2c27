using Prongsai.Checks;

namespace Prongsai.Publishing;

/// <summary>The open errors a submitter acknowledged, as stored on the submission (and so in the audit trail).</summary>
public static class Acknowledgement
{
    public const int MaxLength = 4000;

    /// <summary>Null when no error is open; otherwise the count and the errors, one per line, in Thai (the record's language).</summary>
    public static (int Errors, string Findings)? Of(IReadOnlyList<OpenFinding> findings)
    {
        var errors = findings.Where(f => f.Finding.Severity == Severity.Error).ToList();
        if (errors.Count == 0)
        {
            return null;
        }

        var text = string.Join('\n', errors.Select(f => (f.Number is { } n ? $"มาตรการที่ {n}: " : "") + f.Finding.MessageTh));
        return (errors.Count, text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…");
    }
}
