using System.Runtime.Versioning;
using PaperGraph.Core.Curators;

namespace PaperGraph.Core.Tests.Curators;

public sealed class CuratorAccountsFileTests : IDisposable
{
    private const string Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-curators-").FullName;

    private CuratorAccountsFile Accounts => new(Path.Combine(_folder, "curators.json"));

    [Fact]
    public async Task An_added_curator_is_verified_by_the_password_and_not_by_another()
    {
        await Accounts.AddAsync("ada", Password);

        Assert.Equal("ada", (await Accounts.VerifyAsync("ada", Password))?.Name);
        Assert.Null(await Accounts.VerifyAsync("ada", Password + "!"));
    }

    [Fact]
    public async Task An_unknown_name_is_not_verified()
    {
        await Accounts.AddAsync("ada", Password);

        Assert.Null(await Accounts.VerifyAsync("grace", Password));
    }

    [Fact]
    public async Task The_file_holds_a_hash_and_never_the_password()
    {
        await Accounts.AddAsync("ada", Password);

        var text = await File.ReadAllTextAsync(Accounts.Path);
        Assert.DoesNotContain(Password, text);
        Assert.Contains("passwordHash", text);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_file_is_readable_by_its_owner_only()
    {
        await Accounts.AddAsync("ada", Password);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Accounts.Path));
    }

    [Fact]
    public async Task A_name_taken_in_another_case_is_refused_and_the_first_account_kept()
    {
        await Accounts.AddAsync("Ada", Password);

        var error = await Assert.ThrowsAsync<CuratorAccountException>(() => Accounts.AddAsync("ada", "another password"));

        Assert.Contains("'Ada' already exists", error.Message);
        Assert.NotNull(await Accounts.VerifyAsync("ada", Password));
    }

    [Theory]
    [InlineData("")]
    [InlineData("9lives")]
    [InlineData("ada lovelace")]
    [InlineData("<script>")]
    public async Task Names_that_are_not_plain_are_refused(string name)
    {
        var error = await Assert.ThrowsAsync<CuratorAccountException>(() => Accounts.AddAsync(name, Password));

        Assert.Contains("curator", error.Message);
        Assert.False(File.Exists(Accounts.Path));
    }

    [Fact]
    public async Task A_short_password_is_refused()
    {
        var error = await Assert.ThrowsAsync<CuratorAccountException>(() => Accounts.AddAsync("ada", "short"));

        Assert.Contains($"at least {CuratorPasswords.MinimumLength} characters", error.Message);
    }

    [Fact]
    public async Task A_removed_curator_is_no_longer_verified_and_the_others_stay()
    {
        await Accounts.AddAsync("ada", Password);
        await Accounts.AddAsync("grace", Password);

        await Accounts.RemoveAsync("ADA");

        Assert.Null(await Accounts.VerifyAsync("ada", Password));
        Assert.Equal(["grace"], (await Accounts.ListAsync()).Select(a => a.Name));
    }

    [Fact]
    public async Task Removing_an_unknown_curator_names_it()
    {
        var error = await Assert.ThrowsAsync<CuratorAccountException>(() => Accounts.RemoveAsync("nobody"));

        Assert.Contains("no curator named 'nobody'", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_an_accounts_file_is_reported_and_left_as_it_was()
    {
        await File.WriteAllTextAsync(Accounts.Path, "not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Accounts.AddAsync("ada", Password));

        Assert.Contains("is not a curator accounts file", error.Message);
        Assert.Equal("not json", await File.ReadAllTextAsync(Accounts.Path));
    }

    [Fact]
    public async Task Two_writers_at_once_both_keep_their_account()
    {
        await Task.WhenAll(Accounts.AddAsync("ada", Password), Accounts.AddAsync("grace", Password));

        Assert.Equal(["ada", "grace"], (await Accounts.ListAsync()).Select(a => a.Name).Order());
    }

    [Fact]
    public void The_default_file_lies_beside_the_database()
    {
        var database = Path.Combine(_folder, "data", "papergraph.db");

        Assert.Equal(Path.Combine(_folder, "data", CuratorAccountsOptions.DefaultFileName), CuratorAccountsOptions.Resolve(null, database));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
