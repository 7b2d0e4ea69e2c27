using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Printing;
using Prongsai.Reports;

namespace Prongsai.Publishing;

/// <summary>
/// Renders a document once in every format and stores it as the next numbered, immutable version.
/// The PDF comes from the warm <see cref="PdfPrinter"/> singleton; nothing is rendered again afterwards.
/// </summary>
public sealed class Publisher(PdfPrinter printer, PublicationCache cache)
{
    public static readonly IReadOnlyList<string> Formats = ["html", "pdf", "docx", "xlsx", "json"];

    public static string ContentType(string format) => format switch
    {
        "html" => "text/html; charset=utf-8",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>
    /// Every format's bytes, or the printer's exception (<see cref="ChromiumNotFoundException"/>,
    /// <see cref="PrintTimeoutException"/>, a PlaywrightException): a version is published in all five formats or not at all.
    /// Jobs of one <paramref name="owner"/> (the agency's slug) print one after the other.
    /// </summary>
    public async Task<List<PublishedFile>> RenderAsync(MeasuresDocument document, ReportOptions options, string owner, CancellationToken cancellationToken)
    {
        var layout = ReportLayoutBuilder.Build(document, options);
        var html = HtmlReportWriter.Write(layout);
        // The PDF is printed from the self-contained page; the web page links the fonts this app serves at /assets/fonts,
        // so it is a fifth of the size for every visitor.
        var webPage = html.Replace(SarabunFonts.FontFaceCss, SarabunFonts.LinkedFontFaceCss("/assets/fonts/"), StringComparison.Ordinal);
        var pdf = await printer.PrintAsync(html, owner, cancellationToken);
        List<(string Format, byte[] Bytes)> rendered =
        [
            ("html", Encoding.UTF8.GetBytes(webPage)),
            ("pdf", pdf),
            ("docx", DocxReportWriter.Write(layout)),
            ("xlsx", XlsxReportWriter.Write(layout)),
            ("json", Encoding.UTF8.GetBytes(InterchangeJson.Serialize(document) + "\n")),
        ];
        return [.. rendered.Select(r => new PublishedFile
        {
            Format = r.Format,
            ContentType = ContentType(r.Format),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(r.Bytes)),
            Content = r.Bytes,
        })];
    }

    /// <summary>
    /// Adds the next version in the caller's transaction (the caller saves and commits). The unique index on
    /// (agency, year, kind, number) stops two approvals at once from both becoming the same version.
    /// </summary>
    public static async Task<Publication> AddNextVersionAsync(
        ProngsaiDb db, Guid agencyId, MeasuresDocument document, List<PublishedFile> files, Signature? approvedBy, Guid? submissionId, DateTime publishedAt, CancellationToken cancellationToken)
    {
        var last = await db.Publications.Where(p => p.AgencyId == agencyId && p.FiscalYear == document.FiscalYear && p.Kind == document.Kind)
            .MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0;
        var publication = new Publication
        {
            AgencyId = agencyId,
            FiscalYear = document.FiscalYear,
            Kind = document.Kind,
            Number = last + 1,
            SubmissionId = submissionId,
            PublishedAt = publishedAt,
            ApprovedByName = approvedBy?.Name,
            ApprovedByPosition = approvedBy?.Position,
            Files = files,
        };
        db.Publications.Add(publication);
        return publication;
    }

    /// <summary>After the commit: the latest version of this document changed.</summary>
    public void Published(string slug, Publication publication) => cache.ForgetLatest(slug, publication.FiscalYear, publication.Kind);
}
