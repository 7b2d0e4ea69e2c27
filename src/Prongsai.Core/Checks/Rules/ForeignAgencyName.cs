using Prongsai.Thai;

namespace Prongsai.Checks.Rules;

/// <summary>
/// Another agency's name left in the text, the mark of a document copied from elsewhere (the seed from ทต.บ้านฉาง
/// says ทต.บ้านถ้ำ three times). A mention is another agency only when its place is a real Thai place
/// (<see cref="Gazetteer"/>) other than the agency's own; the agency's own name in any form (เทศบาลเมืองท่าข้าม,
/// ทม.ท่าข้าม, นายกเทศมนตรีเมืองท่าข้าม), the provincial organisation of its own province (อบจ.ระยอง for
/// ทต.บ้านฉาง: a partner every local agency deals with, not a copied name) and generic words ("นายก อบต. ลงนาม")
/// are not findings. Each finding offers the agency's own name in the same form as the fix.
/// </summary>
static class ForeignAgencyName
{
    public const string Id = "foreign-agency-name";

    public static IEnumerable<Finding> Check(CheckContext context)
    {
        var agency = context.Document.Agency;
        var ownPlaces = new[] { AgencyNames.PlaceOf(agency.Name), AgencyNames.PlaceOf(agency.ShortName) }
            .OfType<string>().Distinct().ToList();
        if (ownPlaces.Count == 0)
        {
            yield break;
        }

        var ownProvinces = AgencyNames.ProvincesOf(agency.Name, agency.ShortName);
        var own = agency.ShortName ?? agency.Name;
        foreach (var (number, measure) in context.Measures)
        {
            foreach (var (field, item, text) in CheckContext.TextsOf(measure))
            {
                foreach (var mention in AgencyNames.FindMentions(text))
                {
                    var run = ThaiText.Compact(mention.PlaceRun);
                    if (ownPlaces.Any(place => run.StartsWith(place, StringComparison.Ordinal))
                        || (AgencyNames.IsProvincialOrganisation(mention) && ownProvinces.Contains(mention.Place)))
                    {
                        continue;
                    }

                    var fix = AgencyNames.OwnNameFor(mention, agency.Name, agency.ShortName, ownPlaces[0]) is { } replace
                        ? new FindingFix(mention.Text, replace)
                        : null;
                    yield return new Finding(Id, Severity.Error,
                        $"พบชื่อหน่วยงานอื่น “{mention.Text}” ในเอกสารของ {own} อาจคัดลอกมาจากเอกสารของหน่วยงานอื่น",
                        $"another agency's name “{mention.Text}” in {own}'s document, probably copied from theirs",
                        number, field, item, mention.Text, fix);
                }
            }
        }
    }
}
