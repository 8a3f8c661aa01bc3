namespace Loyalty.Segmentation.Cli;

/// <summary>Bad arguments or bad input: the message is printed and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);
