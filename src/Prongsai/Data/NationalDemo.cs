using Microsoft.EntityFrameworkCore;
using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Data;

/// <summary>
/// A realistic national data set for load tests and demonstrations: agencies of every type in the country's
/// proportions across the 77 provinces, each with 5–15 measures in each of three fiscal years, 0–12 progress updates
/// per measure, and ITA results for the three years before. Deterministic for a seed.
/// Written in chunks with AddRange and SaveChanges, change tracking cleared between chunks.
/// </summary>
public static class NationalDemo
{
    public const string SlugPrefix = "demo-";
    const int ChunkRows = 4000;

    /// <summary>The country's local administrations (about 7,850) plus other agencies, as weights.</summary>
    static readonly (string Type, string Short, int Weight)[] TypeWeights =
    [
        ("องค์การบริหารส่วนตำบล (อบต.)", "อบต.", 5300),
        ("เทศบาลตำบล", "ทต.", 2200),
        ("เทศบาลเมือง", "ทม.", 190),
        ("เทศบาลนคร", "ทน.", 30),
        ("องค์การบริหารส่วนจังหวัด (อบจ.)", "อบจ.", 76),
        ("อื่น ๆ", "", 504),
    ];

    static readonly string[] PlaceStarts = ["บ้าน", "หนอง", "ดอน", "โคก", "นา", "ห้วย", "ท่า", "บาง", "วัง", "โนน", "สระ", "คลอง", "เขา", "ทุ่ง", "แม่", "ป่า"];
    static readonly string[] PlaceEnds = ["แก้ว", "ทอง", "ใหญ่", "น้อย", "งาม", "สว่าง", "เจริญ", "ไผ่", "ยาง", "ขาม", "บัว", "คำ", "ใหม่", "กลาง", "หลวง", "จันทร์", "ม่วง", "ตาล", "สูง", "ยาว"];
    static readonly string[] UnitNames = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม"];
    static readonly string[] StepTemplates =
    [
        "ประชุมชี้แจงบุคลากรเรื่อง{0}", "จัดทำประกาศเจตนารมณ์ด้าน{0}", "เผยแพร่ข้อมูล{0}ทางเว็บไซต์ของหน่วยงาน",
        "จัดอบรมให้ความรู้เรื่อง{0}", "สำรวจความพึงพอใจของผู้รับบริการด้าน{0}", "รายงานผลการดำเนินงานด้าน{0}ต่อผู้บริหาร",
    ];

    public sealed record Summary(int Agencies, int Measures, int Updates, int Scores, TimeSpan Elapsed);

    public static async Task<Summary> GenerateAsync(ProngsaiDb db, int agencyCount, int seed, DateOnly today, TextWriter progress, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var currentYear = FiscalYear.Of(today).BuddhistYear;
        int[] measureYears = [currentYear - 2, currentYear - 1, currentYear];
        var pending = new List<object>(ChunkRows + 64);
        int measures = 0, updates = 0, scores = 0;

        var types = TypeSequence(agencyCount, random);
        var provinces = Provinces.All.Where(p => p != "กรุงเทพมหานคร").ToArray();
        var provincialIndex = 0;
        for (var i = 0; i < agencyCount; i++)
        {
            var (type, shortPrefix, _) = types[i];
            var place = PlaceStarts[random.Next(PlaceStarts.Length)] + PlaceEnds[random.Next(PlaceEnds.Length)];
            var province = shortPrefix == "อบจ."
                ? provinces[provincialIndex++ % provinces.Length]
                : shortPrefix.Length == 0 && random.Next(4) == 0 ? "กรุงเทพมหานคร" : provinces[random.Next(provinces.Length)];
            var name = shortPrefix == "อบจ." ? $"องค์การบริหารส่วนจังหวัด{province}" : shortPrefix.Length == 0 ? $"สำนักงาน{place}" : $"{type.Split(' ')[0]}{place}";
            var agency = new Agency
            {
                Slug = $"{SlugPrefix}{i + 1:D5}",
                Name = name,
                ShortName = shortPrefix.Length == 0 ? null : shortPrefix + (shortPrefix == "อบจ." ? province : place),
                Type = type,
                Province = province,
                Units = [.. UnitNames.Take(3 + random.Next(3)).Select(u => new AgencyUnit { Name = u })],
            };
            pending.Add(agency);
            var unitNames = agency.Units.Select(u => u.Name).ToArray();
            foreach (var year in measureYears)
            {
                var (m, u) = AddMeasures(pending, agency.Id, year, unitNames, today, random);
                measures += m;
                updates += u;
            }

            foreach (var resultYear in measureYears.Select(y => y - 1))
            {
                pending.Add(Score(agency.Id, resultYear, random));
                scores++;
            }

            if (pending.Count >= ChunkRows)
            {
                await FlushAsync(db, pending, cancellationToken);
                progress.Write($"\r{i + 1}/{agencyCount} agencies");
            }
        }

        await FlushAsync(db, pending, cancellationToken);
        progress.WriteLine();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return new Summary(agencyCount, measures, updates, scores, started.Elapsed);
    }

    /// <summary>Types in the national proportions (largest remainder), shuffled with the seed.</summary>
    static List<(string, string, int)> TypeSequence(int count, Random random)
    {
        var totalWeight = TypeWeights.Sum(t => t.Weight);
        var exact = TypeWeights.Select(t => (Type: t, Share: (double)count * t.Weight / totalWeight)).ToList();
        var counts = exact.Select(e => (int)Math.Floor(e.Share)).ToArray();
        foreach (var index in exact.Select((e, i) => (Remainder: e.Share - Math.Floor(e.Share), i)).OrderByDescending(x => x.Remainder).Take(count - counts.Sum()).Select(x => x.i))
        {
            counts[index]++;
        }

        var sequence = TypeWeights.SelectMany((t, i) => Enumerable.Repeat(t, counts[i])).ToArray();
        random.Shuffle(sequence);
        return [.. sequence];
    }

    static (int Measures, int Updates) AddMeasures(List<object> pending, Guid agencyId, int year, string[] units, DateOnly today, Random random)
    {
        var fiscal = new FiscalYear(year);
        var framework = FrameworkCatalog.Default.For(year);
        var count = 5 + random.Next(11);
        var updates = 0;
        for (var position = 0; position < count; position++)
        {
            var indicator = framework.Indicators[random.Next(framework.Indicators.Count)];
            var start = fiscal.Start.AddMonths(random.Next(6));
            var end = start.AddMonths(1 + random.Next(6));
            var elapsed = today <= start ? 0.0 : today >= end ? 1.0 : (today.DayNumber - start.DayNumber) / (double)(end.DayNumber - start.DayNumber);
            // Past periods are mostly done, some left overdue; current ones in progress; future ones not started.
            var status = elapsed switch
            {
                0 => MeasureStatus.NotStarted,
                >= 1 => random.Next(10) < 8 ? MeasureStatus.Done : MeasureStatus.InProgress,
                _ => random.Next(3) == 0 ? MeasureStatus.NotStarted : MeasureStatus.InProgress,
            };
            var topic = indicator.Name;
            var measure = new AgencyMeasure
            {
                AgencyId = agencyId,
                FiscalYear = year,
                Position = position,
                Tool = indicator.Tool,
                Indicators = [indicator.Number],
                ResponsibleUnits = [units[random.Next(units.Length)]],
                ResponsiblePersons = ["ผอ.ทุกกอง", "นักวิเคราะห์นโยบายและแผน"],
                Steps = [.. Enumerable.Range(0, 2 + random.Next(3)).Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, StepTemplates[random.Next(StepTemplates.Length)], topic))],
                Monitoring = ["รายงานผลต่อผู้บริหารทุกไตรมาส"],
                PeriodStart = start,
                PeriodEnd = end,
                Status = status,
                ReportingCadences = [ReportingCadence.Quarterly],
                UpdatedAt = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            };
            pending.Add(measure);
            var updateCount = status switch
            {
                MeasureStatus.NotStarted => 0,
                MeasureStatus.InProgress => 1 + random.Next(6),
                _ => 2 + random.Next(11),
            };
            var lastDay = DateOnly.FromDayNumber(Math.Min(end.DayNumber, today.DayNumber));
            for (var u = 0; u < updateCount; u++)
            {
                var on = DateOnly.FromDayNumber(start.DayNumber + (lastDay.DayNumber - start.DayNumber) * (u + 1) / updateCount);
                var final = u == updateCount - 1;
                pending.Add(new ProgressUpdate
                {
                    AgencyId = agencyId,
                    MeasureId = measure.Id,
                    On = on,
                    Text = $"ดำเนินการ{StepTemplates[random.Next(StepTemplates.Length)].Replace("{0}", topic, StringComparison.Ordinal)} ครั้งที่ {ThaiDigits.ToThai(u + 1)}",
                    Status = final ? status : MeasureStatus.InProgress,
                    RecordedAt = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
                    RecordedBy = "demo",
                });
                measure.UpdatedAt = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
                if (final && status == MeasureStatus.Done)
                {
                    measure.Results = [$"ดำเนินการแล้วเสร็จเมื่อ {ThaiDates.Format(on)}"];
                }
            }

            updates += updateCount;
        }

        return (count, updates);
    }

    static AgencyScore Score(Guid agencyId, int year, Random random)
    {
        var level = 70 + random.NextDouble() * 25;
        var indicators = Enumerable.Range(0, 10).Select(_ => (decimal?)Math.Round((decimal)Math.Clamp(level + (random.NextDouble() - 0.5) * 30, 20, 100), 2)).ToList();
        var iit = Math.Round(indicators.Take(5).Average(s => s!.Value), 2);
        var eit = Math.Round(indicators.Skip(5).Take(3).Average(s => s!.Value), 2);
        var oit = Math.Round(indicators.Skip(8).Average(s => s!.Value), 2);
        var framework = FrameworkCatalog.Default.For(year);
        var total = ScoreLevels.TotalOf(framework, iit, eit, oit);
        return new AgencyScore
        {
            AgencyId = agencyId, FiscalYear = year, Total = total, Iit = iit, Eit = eit, Oit = oit, IndicatorScores = indicators,
            Level = ScoreLevels.LevelOf(framework, total, iit, eit, oit).Name, RecordedBy = "demo",
            RecordedAt = new FiscalYear(year).End.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
    }

    static async Task FlushAsync(ProngsaiDb db, List<object> pending, CancellationToken cancellationToken)
    {
        db.AddRange(pending);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        pending.Clear();
    }
}
