using Prongsai.Data;

namespace Prongsai.Publishing;

/// <summary>How a submission, approval or return ended. Knows nothing of HTTP: the page and the API each map it.</summary>
public enum SignOffResult
{
    Done,
    /// <summary>The request itself cannot be done as asked (no measures, no name for the signature, …).</summary>
    Invalid,
    Forbidden,
    NotFound,
    /// <summary>Someone else got there first, or the document was reviewed already.</summary>
    Conflict,
    /// <summary>The PDF did not print within the time limit; nothing was published, the submission still waits.</summary>
    PrintTimedOut,
    /// <summary>The PDF could not be printed at all (Chromium missing or failing); nothing was published.</summary>
    PrintFailed,
}

public sealed record SignOffOutcome(SignOffResult Result, string? Error = null, Submission? Submission = null, Publication? Publication = null)
{
    public bool Succeeded => Result == SignOffResult.Done;

    public static SignOffOutcome Done(Submission submission, Publication? publication = null) => new(SignOffResult.Done, null, submission, publication);

    public static SignOffOutcome Refused(SignOffResult result, string error) => new(result, error);
}
