using PaperGraph.Web.Hardening;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Hardening;

[Collection(SeededAppCollection.Name)]
public sealed class SecurityHeaderTests(SeededApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/datasets/ImageNet")]
    [InlineData("/no-such-page")]
    [InlineData("/api/search?q=ImageNet")]
    [InlineData("/api/matrix?methods=abc")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public void The_policy_allows_only_the_apps_own_scripts_and_no_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries);

        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("object-src 'none'", directives);
    }
}
