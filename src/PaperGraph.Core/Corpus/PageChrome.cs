namespace PaperGraph.Core.Corpus;

/// <summary>Web page controls that scraping glues onto the first item after a page header
/// ("SubscribeCSPNet: ..."). Only a known control label directly followed by a capital or digit is cut,
/// so titles that merely start with such a word ("Share and Tell") stay intact.</summary>
internal static class PageChrome
{
    private static readonly string[] ControlLabels =
    [
        "Subscribe", "Unsubscribe", "Sign in", "Sign up", "Sign out", "Log in", "Log out", "Login", "Logout",
        "Register", "Follow", "Share", "Menu", "Search", "Download", "Close", "Accept", "Skip to content",
    ];

    public static string StripGluedControl(string title)
    {
        foreach (var label in ControlLabels)
        {
            if (title.Length > label.Length
                && title.StartsWith(label, StringComparison.Ordinal)
                && (char.IsUpper(title[label.Length]) || char.IsDigit(title[label.Length])))
            {
                return title[label.Length..];
            }
        }
        return title;
    }
}
