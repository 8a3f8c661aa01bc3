using Loyalty.Gateway.Apis;
using Loyalty.Gateway.Routing;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseCors();
app.UseServiceDefaults();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapDevTokenApi();
app.MapReverseProxy();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
