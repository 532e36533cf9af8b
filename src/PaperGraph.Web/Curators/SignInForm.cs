namespace PaperGraph.Web.Curators;

/// <summary>The fields the sign-in page posts (the antiforgery token travels beside them).</summary>
public sealed record SignInForm(string? Name, string? Password, string? ReturnUrl);
