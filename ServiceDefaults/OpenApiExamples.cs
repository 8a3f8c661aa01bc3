using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// A request body type that shows clients a body the endpoint accepts; the OpenAPI document carries it.
/// </summary>
public interface IRequestExample<TSelf> where TSelf : IRequestExample<TSelf>
{
    /// <summary>A valid body, written with the service's own JSON options.</summary>
    static abstract TSelf Example { get; }

    /// <summary>
    /// The example when a list of these is the body (the one example, unless the list has rules of its own).
    /// </summary>
    static virtual IReadOnlyList<TSelf> ListExample => [TSelf.Example];
}

/// <summary>The example of a body that has no type of its own (a CSV file), set on the endpoint.</summary>
public sealed record RequestExampleMetadata(string ContentType, string Example);

/// <summary>Request-body examples and the descriptions of the framework's own schemas (ProblemDetails).</summary>
public static class OpenApiExamples
{
    /// <summary>The member the examples of every service are about, so that they read as one story.</summary>
    public static readonly Guid MemberId = Guid.Parse("0193a5b2-7c1e-7d3a-9f2b-5e8c4a1d6b07");

    private static readonly Dictionary<string, string> ProblemFields = new()
    {
        ["type"] = "A URI naming the kind of problem.",
        ["title"] = "What went wrong, in one line.",
        ["status"] = "The HTTP status code.",
        ["detail"] = "More about this occurrence, when there is more to say.",
        ["instance"] = "The request the problem belongs to.",
        ["errors"] = "Per request field (as the client named it), what is wrong with it.",
    };

    /// <summary>Adds the examples and descriptions to every OpenAPI document of the service.</summary>
    public static IServiceCollection AddOpenApiExamples(this IServiceCollection services) =>
        services.ConfigureAll<OpenApiOptions>(options =>
        {
            options.AddOperationTransformer(AddRequestExample);
            options.AddSchemaTransformer(DescribeProblemDetails);
        });

    /// <summary>
    /// Documents the example of an untyped body (for typed bodies, implement <see cref="IRequestExample{TSelf}"/>).
    /// </summary>
    public static RouteHandlerBuilder WithRequestExample(
        this RouteHandlerBuilder builder,
        string contentType,
        string example) =>
        builder.WithMetadata(new RequestExampleMetadata(contentType, example));

    private static Task AddRequestExample(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content is not { } content)
        {
            return Task.CompletedTask;
        }

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequestExampleMetadata>().LastOrDefault() is { } untyped
            && content.TryGetValue(untyped.ContentType, out var untypedMedia))
        {
            untypedMedia.Example = JsonValue.Create(untyped.Example);
            return Task.CompletedTask;
        }

        var bodyType = context.Description.ParameterDescriptions
            .FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (bodyType is null || ExampleOf(bodyType) is not { } example)
        {
            return Task.CompletedTask;
        }

        var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var media in content.Values)
        {
            media.Example = JsonSerializer.SerializeToNode(example, example.GetType(), json);
        }

        return Task.CompletedTask;
    }

    private static object? ExampleOf(Type bodyType)
    {
        var isList = bodyType.IsGenericType && bodyType.IsAssignableTo(typeof(System.Collections.IEnumerable));
        var item = bodyType.IsArray ? bodyType.GetElementType()
            : isList && bodyType.GetGenericArguments() is [var only] ? only
            : null;
        var exampleType = item ?? bodyType;
        if (!exampleType.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestExample<>)))
        {
            return null;
        }

        // A generic method is the one way to reach a static abstract member from a runtime type.
        var read = typeof(OpenApiExamples).GetMethod(
            item is null ? nameof(Single) : nameof(List), BindingFlags.NonPublic | BindingFlags.Static)!;
        return read.MakeGenericMethod(exampleType).Invoke(null, null);
    }

    private static object Single<T>() where T : IRequestExample<T> => T.Example;

    private static object List<T>() where T : IRequestExample<T> => T.ListExample;

    private static Task DescribeProblemDetails(
        OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type.IsAssignableTo(typeof(ProblemDetails)) && schema.Properties is { } properties)
        {
            schema.Description ??= "An RFC 9457 problem: what went wrong with the request.";
            foreach (var (name, property) in properties)
            {
                if (ProblemFields.TryGetValue(name, out var description) && property is OpenApiSchema own)
                {
                    own.Description ??= description;
                }
            }
        }

        return Task.CompletedTask;
    }
}
