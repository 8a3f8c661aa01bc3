Console.WriteLine("Design-time host for dotnet ef; nothing to run.");
