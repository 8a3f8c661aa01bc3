using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// Writes who may call each operation into the service's OpenAPI document: "x-policies", the authorization policies
/// the endpoint and its groups require (all must pass), or ["anonymous"]. docs/security.md's endpoint table is
/// generated from these documents (EndpointPolicyDocumentTests), so it cannot drift from the code.
/// </summary>
public static class OpenApiAuthorization
{
    public const string Extension = "x-policies";

    public static IServiceCollection AddOpenApiAuthorization(this IServiceCollection services) =>
        services.ConfigureAll<OpenApiOptions>(options => options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            string[] policies = metadata.OfType<IAllowAnonymous>().Any()
                ? ["anonymous"]
                : [.. metadata.OfType<IAuthorizeData>().Select(a => a.Policy ?? "authenticated").Distinct()];
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[Extension] =
                new JsonNodeExtension(new JsonArray([.. policies.Select(policy => JsonValue.Create(policy))]));
            return Task.CompletedTask;
        }));
}
