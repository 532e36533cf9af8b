using System.Text;

namespace PaperGraph.Cli.Commands.Curators;

/// <summary>Reads a password from the terminal without showing it: keys are read one by one and not echoed.</summary>
internal static class TerminalPassword
{
    public static string Read(TextWriter prompt, string label)
    {
        prompt.Write(label);
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        prompt.WriteLine();
        return password.ToString();
    }
}
