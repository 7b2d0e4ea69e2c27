using System.CommandLine;

namespace Prongsai.Cli;

/// <summary>The options every command takes: where the data is.</summary>
sealed class DataOptions
{
    public Option<string?> Data { get; } = new("--data") { Description = "The data folder (default ./data): the SQLite database and uploads" };

    public Option<string?> Db { get; } = new("--db") { Description = "An Npgsql connection string: use PostgreSQL instead of SQLite (or env PRONGSAI_DB)" };

    public Option<string?> Evidence { get; } = new("--evidence")
    {
        Description = "The evidence folder (default DATA/evidence, or env PRONGSAI_EVIDENCE): a folder every instance shares when several run",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Db);
        command.Options.Add(Evidence);
    }

    public Hosting.DataSettings Settings(ParseResult parseResult) =>
        Hosting.DataSettings.From(parseResult.GetValue(Data), parseResult.GetValue(Db), parseResult.GetValue(Evidence));
}
