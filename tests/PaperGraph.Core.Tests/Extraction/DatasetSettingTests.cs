namespace PaperGraph.Core.Tests.Extraction;

public sealed class DatasetSettingTests
{
    [Theory]
    [InlineData("Our model reaches an FID of 4.2 on ImageNet 64 × 64.")]
    [InlineData("Our model reaches an FID of 4.2 on ImageNet 64x64.")]
    public void Resolution_beside_the_dataset_is_its_setting(string text)
    {
        var result = Assert.Single(DefaultExtractor.Extract(text).Results);

        Assert.Equal(("ImageNet", "64×64"), (result.Dataset, result.Setting));
    }

    [Fact]
    public void Resolution_variant_of_a_dataset_is_its_parent_at_that_setting()
    {
        var result = Assert.Single(DefaultExtractor.Extract("The model attains an FID of 5.1 on ImageNet32.").Results);

        Assert.Equal(("ImageNet", "32×32"), (result.Dataset, result.Setting));
    }

    [Fact]
    public void Dataset_at_its_standard_setting_has_none()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our model obtains 81.0% top-1 accuracy on ImageNet.").Results);

        Assert.Null(result.Setting);
    }

    [Fact]
    public void Episode_setting_is_kept()
    {
        var result = Assert.Single(DefaultExtractor.Extract("In the 5-way 1-shot setting, our learner obtains 64.2% accuracy on miniImageNet.").Results);

        Assert.Equal("5-way 1-shot", result.Setting);
    }

    [Fact]
    public void Results_paired_respectively_keep_the_setting_of_their_dataset()
    {
        var extraction = DefaultExtractor.Extract("Our sampler reaches FIDs of 3.1 and 5.2 on CIFAR-10 and ImageNet 64x64, respectively.");

        Assert.Equal(
            [("CIFAR-10", null), ("ImageNet", "64×64")],
            extraction.Results.Select(r => (r.Dataset, r.Setting)).ToList());
    }
}
