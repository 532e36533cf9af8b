using Microsoft.Playwright;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class PaperPageTests(AppFixture app)
{
    [BrowserFact]
    public async Task Paper_page_highlights_each_extracted_mention_with_its_type()
    {
        var hit = (await app.Store.SearchAsync(new SearchQuery("CSPNet", new HashSet<NodeKind> { NodeKind.Paper }))).First();
        var paper = await app.Store.GetPaperAsync(hit.NodeId) ?? throw new InvalidOperationException("Search found a missing paper.");
        var text = paper.Paper.Abstract;
        // Mentions that overlap no other one must each show as they are; overlapping ones may merge.
        var expected = paper.Mentions
            .Where(m => !paper.Mentions.Any(o => o != m && o.Start < m.End && m.Start < o.End))
            .Select(m => $"{text[m.Start..m.End]}|{m.Entity.Type}")
            .ToList();
        Assert.NotEmpty(expected);
        await using var tab = await app.OpenPageAsync();

        await tab.GotoAsync(NodeLinks.Paper(paper.Paper.Id));

        var marks = tab.Page.GetByTestId("mention");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        var shown = await marks.EvaluateAllAsync<string[]>("marks => marks.map(m => m.textContent + '|' + m.title)");
        foreach (var mention in expected)
        {
            Assert.Contains(mention, shown);
        }
    }
}
