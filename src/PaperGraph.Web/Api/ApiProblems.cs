using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PaperGraph.Web.Api;

/// <summary>Readable ProblemDetails answers: 400 for invalid API input, 404 for a name that matches nothing.</summary>
public static class ApiProblems
{
    public static BadRequest<ProblemDetails> BadRequest(string detail) =>
        TypedResults.BadRequest(new ProblemDetails { Title = "Invalid request", Detail = detail, Status = StatusCodes.Status400BadRequest });

    public static NotFound<ProblemDetails> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = detail, Status = StatusCodes.Status404NotFound });

    /// <summary>A problem when <paramref name="value"/> is outside [min, max], else null.</summary>
    public static BadRequest<ProblemDetails>? OutOfRange(string name, int value, int min, int max) =>
        value < min || value > max ? BadRequest($"'{name}' must be between {min} and {max}.") : null;
}
