using Microsoft.AspNetCore.Components;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Components.Shared;

/// <summary>A link to a paper page with its year, rendered into the list that shows it. Lists of papers are the
/// longest parts of a page, and a component per link cost a render tree and a frame buffer each.</summary>
internal static class PaperAnchor
{
    public static RenderFragment For(PaperSummary paper) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", NodeLinks.Paper(paper.Id));
        builder.AddAttribute(2, "class", LinkClasses.Primary);
        builder.AddContent(3, paper.Title);
        builder.CloseElement();
        if (paper.Year is { } year)
        {
            builder.OpenElement(4, "span");
            builder.AddAttribute(5, "class", "mud-text-secondary");
            builder.AddContent(6, $" ({year})");
            builder.CloseElement();
        }
    };
}
