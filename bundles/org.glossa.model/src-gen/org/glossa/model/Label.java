/**
 */
package org.glossa.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossa.model.Label#getName <em>Name</em>}</li>
 *   <li>{@link org.glossa.model.Label#getDescription <em>Description</em>}</li>
 *   <li>{@link org.glossa.model.Label#getColor <em>Color</em>}</li>
 *   <li>{@link org.glossa.model.Label#getHotKey <em>Hot Key</em>}</li>
 * </ul>
 *
 * @see org.glossa.model.GlossaPackage#getLabel()
 * @model
 * @generated
 */
public interface Label extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.glossa.model.GlossaPackage#getLabel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.glossa.model.Label#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.glossa.model.GlossaPackage#getLabel_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.glossa.model.Label#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * The default value is <code>"#cccccc"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highlight colour as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.glossa.model.GlossaPackage#getLabel_Color()
	 * @model default="#cccccc"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.glossa.model.Label#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Hot Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional single key (1-9 or a letter) that applies this label in the editor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hot Key</em>' attribute.
	 * @see #setHotKey(String)
	 * @see org.glossa.model.GlossaPackage#getLabel_HotKey()
	 * @model
	 * @generated
	 */
	String getHotKey();

	/**
	 * Sets the value of the '{@link org.glossa.model.Label#getHotKey <em>Hot Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hot Key</em>' attribute.
	 * @see #getHotKey()
	 * @generated
	 */
	void setHotKey(String value);

} // Label
