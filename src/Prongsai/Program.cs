using Prongsai.Cli;

return await CommandLine.RunAsync(args, Console.Out, Console.Error);

/// <summary>The entry point; public so that tests can start the application with WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
