using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary>Where the CLI writes: raw writers for JSON and help, Spectre consoles for tables and
/// progress. Results go to standard output; progress, warnings and errors to standard error.</summary>
internal sealed class CliConsole
{
    private CliConsole(TextWriter output, TextWriter error, IAnsiConsole stdout, IAnsiConsole stderr)
    {
        Output = output;
        Error = error;
        Stdout = stdout;
        Stderr = stderr;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Stdout { get; }

    public IAnsiConsole Stderr { get; }

    public static CliConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }),
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    /// <summary>Plain text without colours or live rendering, for capturing output (tests, pipes).</summary>
    public static CliConsole Plain(TextWriter output, TextWriter error) => new(output, error, PlainConsole(output), PlainConsole(error));

    public void WriteError(string message) => Stderr.MarkupLineInterpolated($"[red]error:[/] {message}");

    private static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        return console;
    }
}
