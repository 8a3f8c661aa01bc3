using System.Text;
using Loyalty.Segmentation.Cli;

// stdout through one large buffer, flushed at the end (Console.Out flushes on every write).
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
{
    AutoFlush = false,
};
var exit = CliApp.Run(args, stdout, Console.Error);
stdout.Flush();
return exit;
