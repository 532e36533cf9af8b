using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Extraction_registers_one_singleton_extractor()
    {
        var services = new ServiceCollection();

        services.AddPaperGraphExtraction();
        services.AddPaperGraphExtraction();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IExtractor));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        using var provider = services.BuildServiceProvider();
        Assert.IsType<AbstractExtractor>(provider.GetRequiredService<IExtractor>());
    }

    [Fact]
    public void Extraction_registers_one_singleton_corpus_extraction()
    {
        var services = new ServiceCollection();

        services.AddPaperGraphExtraction();
        services.AddPaperGraphExtraction();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(CorpusExtraction));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void Extraction_registers_the_metric_vocabulary()
    {
        var services = new ServiceCollection().AddPaperGraphExtraction();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(MetricVocabulary));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.Same(MetricVocabulary.Default, descriptor.ImplementationFactory!(null!));
    }
}
