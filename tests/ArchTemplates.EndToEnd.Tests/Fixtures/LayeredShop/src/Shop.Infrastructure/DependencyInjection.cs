using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Application;
using Shop.Domain;
using Shop.Infrastructure.Inventory;
using Shop.Infrastructure.Persistence;

namespace Shop.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, Uri inventoryService)
    {
        services.AddDbContext<ShopDbContext>(options => options.UseSqlite(connectionString));
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddHttpClient<IStockLevels, InventoryClient>(client => client.BaseAddress = inventoryService);
        return services;
    }
}
