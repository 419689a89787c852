using Microsoft.Extensions.DependencyInjection;

namespace Shop.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ProductCatalog>();
        return services;
    }
}
