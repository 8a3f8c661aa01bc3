using System.Diagnostics;

namespace Loyalty.Launcher;

/// <summary>Names each step as it starts and says how long it took, in the same format as deploy/*.sh.</summary>
public sealed class Progress
{
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public async Task<T> StepAsync<T>(string name, Func<Task<T>> step)
    {
        Console.WriteLine($"==> {name}");
        var clock = Stopwatch.StartNew();
        var result = await step();
        Console.WriteLine($"    done in {clock.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    public void Info(string message) => Console.WriteLine($"    {message}");

    public TimeSpan Elapsed => _total.Elapsed;
}
