using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private static PaperRecordBuilder ResNetPaper() =>
        PaperRecordBuilder.Paper("Deep Residual Learning for Image Recognition")
            .WithAbstract("We present ResNet. It reaches 3.57% top-5 error on ImageNet.")
            .InYear(2016)
            .Proposes("ResNet")
            .Uses("VGG")
            .Addresses("image classification")
            .Measures("top-5 error")
            .Reports("ImageNet", "top-5 error", 3.57);

    [ContractFact]
    public async Task Get_paper_returns_its_metadata()
    {
        var paper = ResNetPaper();
        var store = await StoreWithAsync(paper);

        var details = await store.GetPaperAsync(paper.Id);

        Assert.Equal(paper.Build().Paper.Title, details!.Paper.Title);
        Assert.Equal(2016, details.Paper.Year);
        Assert.Equal(["A. Author", "B. Author"], details.Paper.Authors);
    }

    [ContractFact]
    public async Task Paper_summaries_come_in_the_order_asked_without_unknown_ids()
    {
        var resNet = ResNetPaper();
        var vgg = PaperRecordBuilder.Paper("Very Deep Convolutional Networks").InYear(2014).Proposes("VGG");
        var store = await StoreWithAsync(resNet, vgg);

        var summaries = await store.GetPaperSummariesAsync([vgg.Id, "title:no-such-paper", resNet.Id]);

        Assert.Equal([(vgg.Id, "Very Deep Convolutional Networks", (int?)2014), (resNet.Id, "Deep Residual Learning for Image Recognition", 2016)],
            summaries.Select(summary => (summary.Id, summary.Title, summary.Year)));
    }

    [ContractFact]
    public async Task Get_paper_lists_entities_by_role()
    {
        var paper = ResNetPaper();
        var store = await StoreWithAsync(paper);

        var details = await store.GetPaperAsync(paper.Id);

        var roles = details!.Entities.ToDictionary(link => link.Entity.Key, link => link.Role);
        Assert.Equal(RelationType.Proposes, roles["method:resnet"]);
        Assert.Equal(RelationType.Uses, roles["method:vgg"]);
        Assert.Equal(RelationType.EvaluatedOn, roles["dataset:imagenet"]);
        Assert.Equal(RelationType.Addresses, roles["task:imageclassification"]);
        Assert.Equal(RelationType.Uses, roles["metric:top5error"]);
    }

    [ContractFact]
    public async Task Get_paper_returns_results_with_their_sentence()
    {
        var paper = ResNetPaper();
        var store = await StoreWithAsync(paper);

        var result = Assert.Single((await store.GetPaperAsync(paper.Id))!.Results);

        Assert.Equal("dataset:imagenet", result.Dataset.Key);
        Assert.Equal("top-5 error", result.Metric);
        Assert.Equal(3.57, result.Value);
        Assert.Equal("%", result.Unit);
        Assert.Equal(paper.Build().Paper.Abstract, result.Sentence);
        Assert.Equal("ImageNet", result.Provenance.SpanOf(paper.Build().Paper.Abstract));
    }

    [ContractFact]
    public async Task Get_paper_returns_mentions_for_highlighting()
    {
        var paper = ResNetPaper();
        var store = await StoreWithAsync(paper);
        var text = paper.Build().Paper.Abstract;

        var mentions = (await store.GetPaperAsync(paper.Id))!.Mentions;

        Assert.Contains(mentions, m => m.Entity.Key == "method:resnet" && text[m.Start..m.End] == "ResNet");
        Assert.Contains(mentions, m => m.Entity.Key == "dataset:imagenet" && text[m.Start..m.End] == "ImageNet");
    }

    [ContractFact]
    public async Task Get_paper_returns_null_for_an_unknown_id()
    {
        var store = await StoreWithAsync(ResNetPaper());

        Assert.Null(await store.GetPaperAsync("doi:10.0000/none"));
    }
}
