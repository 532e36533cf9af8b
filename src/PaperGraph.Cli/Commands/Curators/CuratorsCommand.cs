using System.CommandLine;
using PaperGraph.Core.Curators;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Curators;

/// <summary><c>papergraph curators add|list|remove</c>: the accounts that may sign in to the web app and change the graph.</summary>
internal static class CuratorsCommand
{
    public const string AccountsVariable = "PAPERGRAPH_CURATORS";

    public static Command Create(CliContext context)
    {
        var accounts = new Option<string?>("--accounts")
        {
            Description = $"Curator accounts file [default: ${AccountsVariable}, else {CuratorAccountsOptions.DefaultFileName} beside the --db file]",
            HelpName = "FILE",
            Recursive = true,
        };
        var command = new Command("curators",
            "Curator accounts: who may sign in to the web app and change the graph (merge, undo, accept or reject " +
            "suggestions). Reading needs no account. Passwords are stored hashed." + Environment.NewLine + Environment.NewLine +
            "  papergraph curators add ada" + Environment.NewLine +
            "  printf '%s\\n' \"$PASSWORD\" | papergraph curators add ada --password-stdin");
        command.Options.Add(accounts);
        command.Subcommands.Add(Add(context, accounts));
        command.Subcommands.Add(List(context, accounts));
        command.Subcommands.Add(Remove(context, accounts));
        return command;
    }

    private static CuratorAccountsFile AccountsFile(CliContext context, ParseResult parse, Option<string?> accounts)
    {
        var configured = parse.GetValue(accounts) is { Length: > 0 } given ? given : context.Environment(AccountsVariable);
        return new CuratorAccountsFile(CuratorAccountsOptions.Resolve(configured, context.Sqlite(parse).DatabasePath));
    }

    private static Argument<string> Name(string description) => new("NAME") { Description = description };

    private static Command Add(CliContext context, Option<string?> accounts)
    {
        var name = Name("The curator's name: a letter, then letters, digits, '.', '-' or '_' (unique ignoring case)");
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input (for scripts) instead of asking on the terminal",
        };
        var command = new Command("add", $"Add a curator. The password (at least {CuratorPasswords.MinimumLength} characters) is asked twice on the terminal without being shown, or read from standard input with --password-stdin.")
        {
            name, passwordStdin,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var curator = parse.GetRequiredValue(name);
            // Before the password is asked, so that nobody types one for a name that cannot be used.
            if (CuratorNames.Problem(curator) is { } problem)
            {
                throw new CuratorAccountException(problem);
            }
            var file = AccountsFile(context, parse, accounts);
            if (await file.FindAsync(curator, cancellationToken) is { } existing)
            {
                throw new CuratorAccountException($"a curator named '{existing.Name}' already exists");
            }
            var password = parse.GetValue(passwordStdin) ? await PasswordFromInputAsync(context.Console) : PasswordFromTerminal(context.Console, curator);
            var account = await file.AddAsync(curator, password, cancellationToken);
            await context.Console.Output.WriteLineAsync($"Added curator {account.Name} to {file.Path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> PasswordFromInputAsync(CliConsole console) =>
        await console.Input.ReadLineAsync() is { Length: > 0 } line
            ? line
            : throw new CliUsageException("--password-stdin: standard input holds no password (write it as the first line)");

    private static string PasswordFromTerminal(CliConsole console, string curator)
    {
        if (!console.InputIsTerminal)
        {
            throw new CliUsageException("standard input is not a terminal: pass --password-stdin and write the password to standard input");
        }
        var password = TerminalPassword.Read(console.Error, $"Password for {curator}: ");
        if (CuratorPasswords.Problem(password) is { } problem)
        {
            throw new CuratorAccountException(problem);
        }
        return TerminalPassword.Read(console.Error, "Repeat the password: ") == password
            ? password
            : throw new CliUsageException("the two passwords differ; nothing was added");
    }

    private static Command List(CliContext context, Option<string?> accounts)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the curators and when each was added (never their password hashes).") { json };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var curators = (await AccountsFile(context, parse, accounts).ListAsync(cancellationToken))
                .Select(a => new CuratorListing(a.Name, a.Created))
                .ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, curators);
                return ExitCodes.Success;
            }
            if (curators.Count == 0)
            {
                await context.Console.Output.WriteLineAsync("No curators yet: add one with 'papergraph curators add NAME'.");
                return ExitCodes.Success;
            }
            var table = new Table().AddColumns("Curator", "Added (UTC)");
            foreach (var curator in curators)
            {
                table.AddTextRow(curator.Name, curator.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm"));
            }
            context.Console.Stdout.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CliContext context, Option<string?> accounts)
    {
        var name = Name("The curator to remove (ignoring case); the audit log keeps naming them");
        var command = new Command("remove", "Remove a curator: their sign-in stops working at their next request.") { name };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var file = AccountsFile(context, parse, accounts);
            var account = await file.RemoveAsync(parse.GetRequiredValue(name), cancellationToken);
            await context.Console.Output.WriteLineAsync($"Removed curator {account.Name} from {file.Path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record CuratorListing(string Name, DateTimeOffset Created);
}
