namespace PaperGraph.Web.Import;

/// <summary>An import that may not run now (turned off, or another import is running); nothing was imported.</summary>
/// <param name="StatusCode">The HTTP status the API answers with.</param>
public sealed class ImportRefusedException(string message, int statusCode) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static ImportRefusedException TurnedOff() => new(
        "Importing from the browser is turned off. An operator turns it on with the setting PaperGraph:AllowImport=true.",
        StatusCodes.Status403Forbidden);

    public static ImportRefusedException Busy() => new(
        "Another import is running. Try again when it has finished.", StatusCodes.Status409Conflict);
}
