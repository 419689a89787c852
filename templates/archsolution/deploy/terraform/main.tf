#if (usesBroker && usesDatabase)
# The system's workloads on Kubernetes: its namespace, the secrets of the broker and the database, and one deployment
# per service. The broker (RabbitMQ) and the database (PostgreSQL) run elsewhere: their connection strings
# are variables. Each service gets the settings of what it uses (broker, database).
#elif (usesBroker)
# The system's workloads on Kubernetes: its namespace, the secret of the broker and one deployment per service. The
# broker (RabbitMQ) runs elsewhere: its connection string is a variable.
#elif (usesDatabase)
# The system's workloads on Kubernetes: its namespace, the secret of the database and one deployment per service. The
# database (PostgreSQL) runs elsewhere: its connection string is a variable.
#else
# The system's workloads on Kubernetes: its namespace and one deployment per service.
#endif
locals {
  services = {
#if (singleHost)
#if (usesBroker && usesDatabase)
    host = { component = "host", replicas = 2, http = true, broker = true, database = true }
#elif (usesBroker)
    host = { component = "host", replicas = 2, http = true, broker = true, database = false }
#elif (usesDatabase)
    host = { component = "host", replicas = 2, http = true, broker = false, database = true }
#else
    host = { component = "host", replicas = 2, http = true }
#endif
#else
#if (hasGateway)
#if (sample)
    gateway = { component = "ingestion", replicas = 2, http = true, broker = true, database = false }
#else
    gateway = { component = "ingestion", replicas = 2, http = true }
#endif
#endif
#if (hasProcessor)
#if (sample)
    processor = { component = "processing", replicas = 1, http = false, broker = true, database = true }
#else
    processor = { component = "processing", replicas = 1, http = false }
#endif
#endif
#if (hasAnalytics)
#if (sample)
    analytics = { component = "analytics", replicas = 1, http = true, broker = false, database = true }
#else
    analytics = { component = "analytics", replicas = 1, http = true }
#endif
#endif
#if (hasNotifier)
#if (sample)
    notifier = { component = "notification", replicas = 1, http = false, broker = true, database = false }
#else
    notifier = { component = "notification", replicas = 1, http = false }
#endif
#endif
#endif
  }

  labels = {
    "app.kubernetes.io/part-of" = var.namespace
  }
}

resource "kubernetes_namespace_v1" "system" {
  metadata {
    name   = var.namespace
    labels = local.labels
  }
}

#if (usesDatabase)
resource "kubernetes_secret_v1" "database" {
  metadata {
    name      = "database"
    namespace = kubernetes_namespace_v1.system.metadata[0].name
  }

  data = {
    "connection-string" = var.database_connection_string
  }
}

#endif
#if (usesBroker)
resource "kubernetes_secret_v1" "broker" {
  metadata {
    name      = "broker"
    namespace = kubernetes_namespace_v1.system.metadata[0].name
  }

  data = {
    "connection-string" = var.broker_connection_string
  }
}

#endif
resource "kubernetes_deployment_v1" "service" {
  for_each = local.services

  metadata {
    name      = each.key
    namespace = kubernetes_namespace_v1.system.metadata[0].name
    labels = merge(local.labels, {
      "app.kubernetes.io/name"      = each.key
      "app.kubernetes.io/component" = each.value.component
    })
  }

  spec {
    replicas = each.value.replicas

    selector {
      match_labels = {
        "app.kubernetes.io/name" = each.key
      }
    }

    template {
      metadata {
        labels = merge(local.labels, {
          "app.kubernetes.io/name"      = each.key
          "app.kubernetes.io/component" = each.value.component
        })
      }

      spec {
        container {
          name  = each.key
          image = "${var.image_registry}/${each.key}:${var.image_tag}"

#if (usesBroker)
          dynamic "env" {
            for_each = each.value.broker ? ["RabbitMq"] : []
            content {
              name  = "Messaging__Transport"
              value = env.value
            }
          }

          dynamic "env" {
            for_each = each.value.broker ? [kubernetes_secret_v1.broker.metadata[0].name] : []
            content {
              name = "ConnectionStrings__Broker"
              value_from {
                secret_key_ref {
                  name = env.value
                  key  = "connection-string"
                }
              }
            }
          }

#endif
#if (usesDatabase)
          dynamic "env" {
            for_each = each.value.database ? ["Postgres"] : []
            content {
              name  = "Database__Provider"
              value = env.value
            }
          }

          dynamic "env" {
            for_each = each.value.database ? [kubernetes_secret_v1.database.metadata[0].name] : []
            content {
              name = "ConnectionStrings__Readings"
              value_from {
                secret_key_ref {
                  name = env.value
                  key  = "connection-string"
                }
              }
            }
          }

#endif

          dynamic "port" {
            for_each = each.value.http ? [8080] : []
            content {
              name           = "http"
              container_port = port.value
            }
          }

          resources {
            requests = {
              cpu    = "100m"
              memory = "128Mi"
            }
            limits = {
              memory = "256Mi"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "http" {
  for_each = { for name, service in local.services : name => service if service.http }

  metadata {
    name      = each.key
    namespace = kubernetes_namespace_v1.system.metadata[0].name
    labels    = local.labels
  }

  spec {
    selector = {
      "app.kubernetes.io/name" = each.key
    }

    port {
      name        = "http"
      port        = 80
      target_port = "http"
    }
  }
}
