void entitydesk_models_placeholder() {}
