void entitydesk_ui_placeholder() {}
