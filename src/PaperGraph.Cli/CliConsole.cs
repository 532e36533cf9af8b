using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary>Where the CLI writes: raw writers for JSON and help, Spectre consoles for tables and
/// progress. Results go to standard output; progress, warnings and errors to standard error.</summary>
internal sealed class CliConsole
{
    private CliConsole(TextReader input, bool inputIsTerminal, TextWriter output, TextWriter error, IAnsiConsole stdout, IAnsiConsole stderr)
    {
        Input = input;
        InputIsTerminal = inputIsTerminal;
        Output = output;
        Error = error;
        Stdout = stdout;
        Stderr = stderr;
    }

    public TextReader Input { get; }

    /// <summary>Whether standard input is a terminal a person types at, rather than a pipe or a file.</summary>
    public bool InputIsTerminal { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Stdout { get; }

    public IAnsiConsole Stderr { get; }

    public static CliConsole FromProcess() => new(
        Console.In,
        !Console.IsInputRedirected,
        Console.Out,
        Console.Error,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }),
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    /// <summary>Plain text without colours or live rendering, for capturing output (tests, pipes); standard input is
    /// <paramref name="input"/> (nothing when null), never a terminal.</summary>
    public static CliConsole Plain(TextWriter output, TextWriter error, TextReader? input = null) =>
        new(input ?? TextReader.Null, false, output, error, PlainConsole(output), PlainConsole(error));

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
