namespace PaperGraph.Web.Components.Shared;

/// <summary>MudLink's look for plain anchors in long lists. A MudLink is a component with a click handler of its
/// own; on a dataset page with hundreds of rows they were a quarter of what a request allocated.</summary>
internal static class LinkClasses
{
    public const string Primary = "mud-typography mud-link mud-primary-text mud-link-underline-hover";
}
