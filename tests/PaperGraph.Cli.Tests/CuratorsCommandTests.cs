using PaperGraph.Core.Curators;

namespace PaperGraph.Cli.Tests;

public sealed class CuratorsCommandTests : IDisposable
{
    private const string Password = "correct horse battery";

    private readonly TempFolder _folder = new();

    private string AccountsPath => _folder.File(CuratorAccountsOptions.DefaultFileName);

    private Task<CliResult> Add(string name, string input = Password + "\n") =>
        Cli.RunWithInputAsync(input, "curators", "add", name, "--password-stdin", "--db", _folder.Database);

    private Task<CliResult> Run(params string[] args) => Cli.RunAsync([.. args, "--db", _folder.Database]);

    [Fact]
    public async Task A_curator_added_from_standard_input_signs_in_with_that_password()
    {
        var result = await Add("ada");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Added curator ada to {AccountsPath}", result.Stdout);
        Assert.NotNull(await new CuratorAccountsFile(AccountsPath).VerifyAsync("ada", Password));
    }

    [Fact]
    public async Task The_list_names_the_curators_and_never_their_hashes()
    {
        await Add("ada");
        await Add("grace");

        var result = await Run("curators", "list", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ada", "grace"], result.Json().EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.DoesNotContain("hash", result.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_taken_name_exits_2_naming_the_curator_who_has_it()
    {
        await Add("Ada");

        var result = await Add("ada");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a curator named 'Ada' already exists", result.Stderr);
    }

    [Fact]
    public async Task A_bad_name_exits_2_before_a_password_is_read()
    {
        var result = await Add("ada lovelace", input: "");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'ada lovelace' is not a curator name", result.Stderr);
        Assert.False(File.Exists(AccountsPath));
    }

    [Fact]
    public async Task Without_a_terminal_or_password_stdin_add_exits_2_and_says_what_to_pass()
    {
        var result = await Run("curators", "add", "ada");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pass --password-stdin", result.Stderr);
        Assert.False(File.Exists(AccountsPath));
    }

    [Fact]
    public async Task An_empty_standard_input_adds_nobody()
    {
        var result = await Add("ada", input: "");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("standard input holds no password", result.Stderr);
    }

    [Fact]
    public async Task A_short_password_exits_2()
    {
        var result = await Add("ada", input: "short\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"at least {CuratorPasswords.MinimumLength} characters", result.Stderr);
    }

    [Fact]
    public async Task A_removed_curator_leaves_the_list()
    {
        await Add("ada");

        var removed = await Run("curators", "remove", "ada");

        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("No curators yet", (await Run("curators", "list")).Stdout);
    }

    [Fact]
    public async Task Removing_an_unknown_curator_exits_2_naming_them()
    {
        var result = await Run("curators", "remove", "nobody");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no curator named 'nobody'", result.Stderr);
    }

    [Fact]
    public async Task The_accounts_option_names_another_file()
    {
        var other = _folder.File("elsewhere.json");

        await Cli.RunWithInputAsync(Password, "curators", "add", "ada", "--password-stdin", "--accounts", other);

        Assert.Equal(["ada"], (await new CuratorAccountsFile(other).ListAsync()).Select(a => a.Name));
        Assert.False(File.Exists(AccountsPath));
    }

    public void Dispose() => _folder.Dispose();
}
