# The system's workloads on Kubernetes: its namespace, the secrets of the broker and the database, and one deployment
# per service. The broker (RabbitMQ) and the database (PostgreSQL) run elsewhere: their connection strings
# are variables.
locals {
  services = {
#if (singleHost)
    host = { component = "host", replicas = 2, http = true }
#else
#if (hasGateway)
    gateway = { component = "ingestion", replicas = 2, http = true }
#endif
#if (hasProcessor)
    processor = { component = "processing", replicas = 1, http = false }
#endif
#if (hasAnalytics)
    analytics = { component = "analytics", replicas = 1, http = true }
#endif
#if (hasNotifier)
    notifier = { component = "notification", replicas = 1, http = false }
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

resource "kubernetes_secret_v1" "database" {
  metadata {
    name      = "database"
    namespace = kubernetes_namespace_v1.system.metadata[0].name
  }

  data = {
    "connection-string" = var.database_connection_string
  }
}

resource "kubernetes_secret_v1" "broker" {
  metadata {
    name      = "broker"
    namespace = kubernetes_namespace_v1.system.metadata[0].name
  }

  data = {
    "connection-string" = var.broker_connection_string
  }
}

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

          env {
            name  = "Messaging__Transport"
            value = "RabbitMq"
          }

          env {
            name = "ConnectionStrings__Broker"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.broker.metadata[0].name
                key  = "connection-string"
              }
            }
          }

          env {
            name  = "Database__Provider"
            value = "Postgres"
          }

          env {
            name = "ConnectionStrings__Readings"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.database.metadata[0].name
                key  = "connection-string"
              }
            }
          }

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
