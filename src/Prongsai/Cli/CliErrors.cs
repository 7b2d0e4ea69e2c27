using Prongsai.Import;

namespace Prongsai.Cli;

static class ExitCodes
{
    public const int Fine = 0;
    public const int CheckFoundErrors = 1;
    public const int InputUnreadable = 2;

    /// <summary>A program the command needs is not installed (Chromium for PDF output, tesseract for scanned PDF input); the message says how to install it.</summary>
    public const int MissingProgram = 3;

    public const int OutputUnwritable = 4;

    /// <summary>A bug rather than bad input.</summary>
    public const int Unexpected = 5;
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
        catch (ImportException e) when (e.InnerException is Import.Ocr.MissingProgramException)
        {
            error.WriteLine($"prongsai: {e.Message}");
            return ExitCodes.MissingProgram;
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
