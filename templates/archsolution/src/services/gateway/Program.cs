using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ContractSerialization.Configure(options.SerializerOptions));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ReadingValidator>();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
#if (isServerless)
app.MapPost("/readings", SubmitReadingFunction.Run);
#else
app.MapReadings();
#endif

app.Run();

/// <summary>The gateway's entry point (public so that tests can host it).</summary>
public partial class Program
{
}
