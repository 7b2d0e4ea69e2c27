using Prongsai.Import;

namespace Prongsai.Cli;

static class ExitCodes
{
    public const int Fine = 0;
    public const int CheckFoundErrors = 1;
    public const int InputUnreadable = 2;
    public const int Unexpected = 3;
}

static class CliErrors
{
    /// <summary>Turns the importer's located error into one clear line on stderr and exit code 2; never a stack trace.</summary>
    public static int Guard(TextWriter error, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (ImportException e)
        {
            error.WriteLine($"prongsai: {e.Message}");
            return ExitCodes.InputUnreadable;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not bad input: still one line, so scripts and people see what happened.
            error.WriteLine($"prongsai: unexpected error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Unexpected;
        }
    }
}
