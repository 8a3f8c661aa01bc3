using Loyalty.Feedback.Api.Application;

namespace Loyalty.Feedback.Api.Jobs;

/// <summary>At start (after the migrations): the after-treatment survey and the settings, when missing.</summary>
public sealed class SeedDefaults(IServiceScopeFactory scopeFactory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedFeedbackDefaults>().HandleAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
